/** Tests of the front door that runs the stages: skipping what is stored, reporting what fails, identities. */
package org.orbat.pipeline;
