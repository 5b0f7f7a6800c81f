package org.orbat.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import org.orbat.OrbatException;
import org.orbat.http.Editors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code orbat editors add NAME --file FILE}: adds an editor, with a password read from standard input, to an editors file. */
@Command(name = "editors", mixinStandardHelpOptions = true,
    description = "Add an editor who may sign in on the page served with 'serve --editors FILE' (password read from standard input).")
final class EditorsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "add", description = "add")
    String verb;

    @Parameters(index = "1", paramLabel = "NAME", description = "The editor's name, as corrections will be signed.")
    String name;

    @Option(names = "--file", required = true, paramLabel = "FILE", description = "The editors file (created if missing).")
    Path file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!"add".equals(verb)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Unknown editors command '" + verb + "'; try: editors add NAME --file FILE");
        }
        String password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (password == null || password.length() < 8) {
            throw new OrbatException("editors add " + name + ": give a password of at least 8 characters on standard input");
        }
        String line;
        try {
            line = Editors.entry(name, password.toCharArray());
        } catch (IllegalArgumentException e) {
            throw new OrbatException("editors add: " + e.getMessage(), e);
        }
        if (Files.exists(file) && Files.readAllLines(file, StandardCharsets.UTF_8).stream().anyMatch(l -> l.startsWith(name + ":"))) {
            throw new OrbatException(file + ": editor " + name + " is already listed");
        }
        Files.writeString(file, line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        spec.commandLine().getOut().printf("editor %s added to %s%n", name, file);
        return OrbatCommand.OK;
    }
}
