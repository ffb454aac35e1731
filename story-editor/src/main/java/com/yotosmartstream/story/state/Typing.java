package com.yotosmartstream.story.state;

import java.util.List;
import java.util.Map;

/** Learns and checks the types of the variable language: each name one type, each operator its own. */
final class Typing {

    private Typing() {
    }

    /**
     * The type of {@code e} where {@code expected} is wanted (null: either), learning the types of
     * names from where they stand; with {@code errors} non-null, mismatches are added to it.
     */
    static Expr.Type type(Expr e, Expr.Type expected, Map<String, Expr.Type> types, List<String> errors) {
        Expr.Type got;
        if (e instanceof Expr.Literal l) {
            got = l.type();
        } else if (e instanceof Expr.Name n) {
            if (!types.containsKey(n.name()) && expected != null) {
                types.put(n.name(), expected);
            }
            got = types.get(n.name());
        } else if (e instanceof Expr.Not not) {
            type(not.operand(), Expr.Type.BOOL, types, errors);
            got = Expr.Type.BOOL;
        } else {
            Expr.Binary b = (Expr.Binary) e;
            if (b.op().equals("==") || b.op().equals("!=")) {
                Expr.Type left = type(b.left(), null, types, errors);
                Expr.Type right = type(b.right(), left, types, errors);
                if (left == null && right != null) {
                    type(b.left(), right, types, errors);
                }
            } else {
                Expr.Type operand = b.takesNumbers() ? Expr.Type.INT : Expr.Type.BOOL;
                type(b.left(), operand, types, errors);
                type(b.right(), operand, types, errors);
            }
            got = b.isBoolean() ? Expr.Type.BOOL : Expr.Type.INT;
        }
        if (errors != null && expected != null && got != null && got != expected) {
            errors.add("'" + e + "' is " + words(got) + " where " + words(expected) + " is needed.");
        }
        return got;
    }

    static String words(Expr.Type type) {
        return type == Expr.Type.BOOL ? "true or false" : "a number";
    }
}
