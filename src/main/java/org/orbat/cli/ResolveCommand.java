package org.orbat.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.orbat.actors.Resolution;
import org.orbat.actors.TransliterationActorResolver;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code orbat resolve}: resolves actor names (arguments, or one a line on standard input) to the
 * registry, one JSON object a line out — the tool for cleaning a spreadsheet column of actor names.
 */
@Command(name = "resolve", mixinStandardHelpOptions = true,
    description = "Resolve actor names (arguments, or one a line on stdin) to registry actors; one JSON object a line.")
final class ResolveCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(arity = "0..*", paramLabel = "NAME", description = "Names to resolve; read from stdin when none.")
    List<String> names;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        TransliterationActorResolver resolver = TransliterationActorResolver.loadDefault();
        PrintWriter out = spec.commandLine().getOut();
        if (names != null && !names.isEmpty()) {
            for (String name : names) {
                out.println(line(name, resolver.resolve(name)));
            }
        } else {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String name;
            while ((name = in.readLine()) != null) {
                if (!name.isBlank()) {
                    out.println(line(name, resolver.resolve(name)));
                }
            }
        }
        out.flush();
        return OrbatCommand.OK;
    }

    static String line(String name, Optional<Resolution> r) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        o.put("name", name);
        o.put("actor_id", r.map(x -> x.actor().id()).orElse(null));
        o.put("canonical", r.map(x -> x.actor().name()).orElse(null));
        o.put("kind", r.map(x -> x.actor().kind().code()).orElse(null));
        o.put("rule", r.map(Resolution::rule).orElse(null));
        return JSON.writeValueAsString(o);
    }
}
