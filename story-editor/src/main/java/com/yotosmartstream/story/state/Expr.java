package com.yotosmartstream.story.state;

import java.util.Set;

/**
 * An expression of the story's small variable language ({@link Expressions}): a boolean or a small
 * whole number. Values are ints (a boolean is 0 or 1); {@link #type} is checked before anything
 * is evaluated, so an evaluation never meets a mixed-up value.
 */
public sealed interface Expr {

    /** The two kinds of value. */
    enum Type { BOOL, INT }

    /** Evaluates with each variable's value at {@code state[index of its name]}. */
    int eval(int[] state, Variables vars);

    /** Adds the names this expression reads. */
    void names(Set<String> into);

    record Literal(int value, Type type) implements Expr {
        @Override
        public int eval(int[] state, Variables vars) {
            return value;
        }

        @Override
        public void names(Set<String> into) {
        }

        @Override
        public String toString() {
            return type == Type.BOOL ? (value != 0 ? "true" : "false") : Integer.toString(value);
        }
    }

    record Name(String name) implements Expr {
        @Override
        public int eval(int[] state, Variables vars) {
            return state[vars.index(name)];
        }

        @Override
        public void names(Set<String> into) {
            into.add(name);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    record Not(Expr operand) implements Expr {
        @Override
        public int eval(int[] state, Variables vars) {
            return operand.eval(state, vars) == 0 ? 1 : 0;
        }

        @Override
        public void names(Set<String> into) {
            operand.names(into);
        }

        @Override
        public String toString() {
            return "not " + operand;
        }
    }

    /** {@code and}, {@code or}, comparisons, {@code +} and {@code -}. */
    record Binary(String op, Expr left, Expr right) implements Expr {
        @Override
        public int eval(int[] state, Variables vars) {
            int a = left.eval(state, vars);
            if (op.equals("and") && a == 0) {
                return 0;
            }
            if (op.equals("or") && a != 0) {
                return 1;
            }
            int b = right.eval(state, vars);
            return switch (op) {
                case "and", "or" -> b != 0 ? 1 : 0;
                case "==" -> a == b ? 1 : 0;
                case "!=" -> a != b ? 1 : 0;
                case "<" -> a < b ? 1 : 0;
                case "<=" -> a <= b ? 1 : 0;
                case ">" -> a > b ? 1 : 0;
                case ">=" -> a >= b ? 1 : 0;
                case "+" -> a + b;
                case "-" -> a - b;
                default -> throw new IllegalStateException("operator " + op);
            };
        }

        @Override
        public void names(Set<String> into) {
            left.names(into);
            right.names(into);
        }

        /** Whether the operator gives a boolean. */
        public boolean isBoolean() {
            return !op.equals("+") && !op.equals("-");
        }

        /** Whether the operator takes whole numbers. */
        public boolean takesNumbers() {
            return op.equals("+") || op.equals("-") || op.equals("<") || op.equals("<=") || op.equals(">")
                    || op.equals(">=");
        }

        @Override
        public String toString() {
            return "(" + left + " " + op + " " + right + ")";
        }
    }

    /** {@code name = value}: what a node sets when the story enters it. */
    record Assignment(String name, Expr value) {
        @Override
        public String toString() {
            return name + " = " + value;
        }
    }
}
