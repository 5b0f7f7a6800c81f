/** Test support shared by the stages' tests: seeded generators of hostile input. */
package org.orbat.testing;
