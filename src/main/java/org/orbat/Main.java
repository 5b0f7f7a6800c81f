package org.orbat;

import org.orbat.cli.OrbatCommand;

/** Starts the {@code orbat} command line. Wiring only: commands live in {@code org.orbat.cli}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(OrbatCommand.run(args));
    }
}
