package org.orbat.cli;

import picocli.CommandLine.Option;

/** {@code --release NAME}, shared by the commands that read: answer from a frozen release instead of the knowledge base now. */
final class ReleaseOption {
    @Option(names = "--release", paramLabel = "NAME", description = "Read release NAME (see 'orbat release') instead of the knowledge base as it is now.")
    String name;
}
