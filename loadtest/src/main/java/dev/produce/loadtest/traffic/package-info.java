/**
 * What the load consists of: visits (a landing page and what it references for anonymous
 * visitors; pages with a session cookie for logged-in users) drawn deterministically from a
 * seeded, Zipf-skewed distribution over many distinct URLs, and the recorder that turns Gatling's
 * response times into percentiles per kind of request.
 */
package dev.produce.loadtest.traffic;
