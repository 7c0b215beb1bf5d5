/** Tests of shipping bundles to servers without network: signing and vendored packages. */
package dev.produce.cli.airgap;
