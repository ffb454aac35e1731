package com.yotosmartstream.story.state;

import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A story's variables, sets and conditions read and checked (ADR 0082): every text parsed, every
 * variable given one type (declared, or learnt from how it is set and used), or the problems,
 * each naming the node and the exact text.
 *
 * @param sets each node's assignments, in order (nodes without any are absent)
 * @param conditions each node's exit conditions (exits without one are absent)
 */
public record StoryLogic(Variables variables, Map<String, List<Expr.Assignment>> sets,
        Map<String, Map<Exit, Expr>> conditions) {

    /** Something in the story's variables the card cannot hold, with the node it is in (empty for the story's list). */
    public record Problem(Optional<String> nodeId, String message) {
    }

    /** The problems found; never empty. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<Problem> problems;

        Refused(List<Problem> problems) {
            super(problems.get(0).message());
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    private static final Pattern RANGE = Pattern.compile("^(.*?)\\s+in\\s+(\\d{1,3})\\s*\\.\\.\\s*(\\d{1,3})\\s*$");

    /** Whether the story uses variables at all; a story that does not compiles exactly as before. */
    public static boolean uses(Story story) {
        return !story.info().variables().isEmpty() || story.nodes().stream().anyMatch(StoryNode::usesVariables);
    }

    public static StoryLogic read(Story story) throws Refused {
        List<Problem> problems = new ArrayList<>();
        Map<String, Variables.Variable> declared = new LinkedHashMap<>();
        Map<String, Expr.Type> types = new HashMap<>();
        for (String line : story.info().variables()) {
            declare(line, declared, types, problems);
        }
        Map<String, List<Expr.Assignment>> sets = new LinkedHashMap<>();
        Map<String, Map<Exit, Expr>> conditions = new LinkedHashMap<>();
        List<Checked> all = new ArrayList<>();
        for (StoryNode node : story.nodes()) {
            String where = node.title().isBlank() ? "node " + node.id() : "'" + node.title() + "'";
            for (String text : node.sets()) {
                try {
                    Expr.Assignment a = Expressions.assignment(text);
                    sets.computeIfAbsent(node.id(), k -> new ArrayList<>()).add(a);
                    all.add(new Checked(node.id(), where + " sets '" + text + "'", a.value(), a.name()));
                } catch (ExpressionException e) {
                    problems.add(new Problem(Optional.of(node.id()), where + " sets '" + text + "': " + e.getMessage()));
                }
            }
            for (Map.Entry<Exit, String> entry : node.onlyIf().entrySet()) {
                String label = entry.getKey().label().toLowerCase(Locale.ROOT);
                try {
                    Expr c = Expressions.condition(entry.getValue());
                    conditions.computeIfAbsent(node.id(), k -> new EnumMap<>(Exit.class)).put(entry.getKey(), c);
                    all.add(new Checked(node.id(), where + ", " + label + " only if '" + entry.getValue() + "'", c, null));
                } catch (ExpressionException e) {
                    problems.add(new Problem(Optional.of(node.id()), where + ", " + label + " only if '"
                            + entry.getValue() + "': " + e.getMessage()));
                }
            }
        }
        // learn types: a few passes let "a = b" take b's type once b's is known
        for (int pass = 0; pass < 4; pass++) {
            for (Checked c : all) {
                c.type(types, null);
            }
        }
        java.util.Set<String> given = new java.util.HashSet<>(declared.keySet());
        all.stream().filter(c -> c.target() != null).forEach(c -> given.add(c.target()));
        for (Checked c : all) {
            c.check(types, given).ifPresent(message -> problems.add(new Problem(Optional.of(c.nodeId), message)));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        Map<String, Variables.Variable> vars = new LinkedHashMap<>();
        types.forEach((name, type) -> vars.put(name, declared.getOrDefault(name,
                new Variables.Variable(name, type, 0, null, null))));
        return new StoryLogic(new Variables(vars), sets, conditions);
    }

    private static void declare(String line, Map<String, Variables.Variable> declared, Map<String, Expr.Type> types,
            List<Problem> problems) {
        Matcher range = RANGE.matcher(line);
        String assignment = range.matches() ? range.group(1) : line;
        try {
            Expr.Assignment a = Expressions.assignment(assignment);
            if (!(a.value() instanceof Expr.Literal value)) {
                throw new ExpressionException("a first value is true, false or a whole number.");
            }
            Integer low = null;
            Integer high = null;
            if (range.matches()) {
                low = Integer.parseInt(range.group(2));
                high = Integer.parseInt(range.group(3));
                if (value.type() != Expr.Type.INT || low > high || value.value() < low || value.value() > high) {
                    throw new ExpressionException("a range is 'low..high' around a whole-number first value.");
                }
            }
            if (declared.containsKey(a.name())) {
                throw new ExpressionException(a.name() + " is declared twice.");
            }
            declared.put(a.name(), new Variables.Variable(a.name(), value.type(), value.value(), low, high));
            types.put(a.name(), value.type());
        } catch (ExpressionException e) {
            problems.add(new Problem(Optional.empty(), "The story's variable '" + line + "': " + e.getMessage()));
        }
    }

    /** One parsed text and where it is; {@code target} is the variable an assignment sets. */
    private record Checked(String nodeId, String where, Expr expr, String target) {

        void type(Map<String, Expr.Type> types, List<String> errors) {
            Expr.Type expected = target == null ? Expr.Type.BOOL : types.get(target);
            Expr.Type got = Typing.type(expr, expected, types, errors);
            if (target != null && got != null) {
                types.putIfAbsent(target, got);
            }
        }

        Optional<String> check(Map<String, Expr.Type> types, java.util.Set<String> given) {
            List<String> errors = new ArrayList<>();
            type(types, errors);
            List<String> unknown = new ArrayList<>();
            java.util.Set<String> names = new java.util.TreeSet<>();
            expr.names(names);
            if (target != null) {
                names.add(target);
            }
            names.stream().filter(n -> !types.containsKey(n) || !given.contains(n)).forEach(unknown::add);
            if (!unknown.isEmpty()) {
                errors.add(String.join(", ", unknown) + " is never given a value: declare it in the story's variables"
                        + " (as '" + unknown.get(0) + " = false' or '" + unknown.get(0) + " = 0').");
            }
            return errors.isEmpty() ? Optional.empty() : Optional.of(where + ": " + errors.get(0));
        }
    }
}
