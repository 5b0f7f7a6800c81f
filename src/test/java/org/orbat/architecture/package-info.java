/**
 * Tests of the project's shape: the pipeline's stages import only earlier stages, and benchmark code
 * stays in {@code bench}.
 */
package org.orbat.architecture;
