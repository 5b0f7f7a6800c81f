/** The {@code orbat} command line: one class per command, exit codes decided in one place. */
package org.orbat.cli;
