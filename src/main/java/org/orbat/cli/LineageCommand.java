package org.orbat.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.orbat.query.LineageNode;
import org.orbat.query.QueryJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code orbat lineage NAME}: renames, mergers, splits and memberships as a tree. */
@Command(name = "lineage", mixinStandardHelpOptions = true,
    description = "Show an actor's renames, mergers, splits and memberships as a tree with dates.")
final class LineageCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Parameters(paramLabel = "NAME", description = "The actor's id, canonical name or any alias.")
    String name;

    @Option(names = "--json", description = "Print the tree as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LineageNode root;
        try (QuerySession session = QuerySession.open(database.db)) {
            root = session.queries().lineage(name);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(QueryJson.line(root));
        } else {
            out.printf("%s (%s)%n", root.actor().name(), root.actor().id());
            print(out, root.children(), "");
        }
        return OrbatCommand.OK;
    }

    private static void print(PrintWriter out, List<LineageNode> nodes, String indent) {
        for (int i = 0; i < nodes.size(); i++) {
            LineageNode n = nodes.get(i);
            boolean last = i == nodes.size() - 1;
            out.printf("%s%s %s %s (%s)%s%n", indent, last ? "└─" : "├─", n.link(), n.actor().name(), n.actor().id(),
                n.date() == null ? "" : " " + n.date());
            print(out, n.children(), indent + (last ? "   " : "│  "));
        }
    }
}
