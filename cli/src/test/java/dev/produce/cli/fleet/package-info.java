/**
 * The fleet rollout proven with real Ansible ({@code FleetRolloutIT}, failsafe): {@code bin/produce-compile
 * --inventory} then Debian's {@code ansible-playbook} against three target containers at once, reached
 * through Ansible's {@code community.docker.docker} connection. Needs a Docker engine, the docker CLI and
 * Ansible ({@code bin/test} installs Debian's {@code ansible}).
 */
package dev.produce.cli.fleet;
