/**
 * How much load a measurement offers, and how much the stock site can take: a
 * {@link dev.produce.loadtest.workload.Workload} is either closed (a number of users, each starting
 * a new visit when its last one ends) or open (visits arriving at a rate, whatever the site does);
 * {@link dev.produce.loadtest.workload.CapacitySearch} finds stock's capacity from a closed ramp, and
 * {@link dev.produce.loadtest.workload.Capacity} derives the open rates from it. Pure: no I/O.
 */
package dev.produce.loadtest.workload;
