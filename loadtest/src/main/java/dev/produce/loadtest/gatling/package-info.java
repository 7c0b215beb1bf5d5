/**
 * Gatling, run in-process: {@link dev.produce.loadtest.gatling.SiteVisitsSimulation} (Java DSL) sends
 * the visits of a {@link dev.produce.loadtest.gatling.SimulationPlan} — closed (bounded users) or
 * open (arrival rates, {@code constantUsersPerSec(..).randomized()}), for a bounded duration — and
 * records every response in the plan's recorder; {@link dev.produce.loadtest.gatling.GatlingRun}
 * launches it through {@code io.gatling.app.Gatling$.MODULE$.fromArgs} and returns the directory of
 * its HTML report. Gatling's configuration ({@code gatling.conf}) turns its analytics and its HTTP
 * warm-up request to gatling.io off: every request goes to the site under test.
 */
package dev.produce.loadtest.gatling;
