package com.yotosmartstream.story.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.lint.Lint;
import com.yotosmartstream.story.lint.LintIssue;
import com.yotosmartstream.story.lint.Rule;
import com.yotosmartstream.story.model.Exit;
import com.yotosmartstream.story.model.Story;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionsTest {

    private static final Variables VARS = new Variables(Map.of(
            "key", new Variables.Variable("key", Expr.Type.BOOL, 0, null, null),
            "lamp", new Variables.Variable("lamp", Expr.Type.BOOL, 1, null, null),
            "gold", new Variables.Variable("gold", Expr.Type.INT, 2, 0, 3)));

    private static int eval(String condition) throws ExpressionException {
        return Expressions.condition(condition).eval(VARS.initial(), VARS);
    }

    @Test
    void conditionsReadAsTheyAreWritten() throws Exception {
        assertThat(eval("key")).isZero();
        assertThat(eval("not key")).isOne();
        assertThat(eval("lamp and not key")).isOne();
        assertThat(eval("$gold >= 2")).isOne();
        assertThat(eval("gold + 1 == 3 and (key or lamp)")).isOne();
        assertThat(eval("gold < 2 or key")).isZero();
        assertThat(eval("NOT key AND lamp")).as("the words in any case").isOne();
    }

    @Test
    void assignmentsApplyInOrderAndADeclaredRangeKeepsNumbersWithin() throws Exception {
        int[] after = VARS.apply(VARS.initial(), List.of(Expressions.assignment("gold = gold + 5"),
                Expressions.assignment("key = gold == 3"), Expressions.assignment("$lamp = not lamp")));
        assertThat(VARS.show(after)).isEqualTo("gold=3, key=true, lamp=false");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "key = true|'=' sets a variable; to compare, write '=='",
        "gold * 2 > 1|'*' is not part of the story's variable language",
        "$bag contains \"lamp\"|'\"' is not part of the story's variable language",
        "\"yes\"|'\"' is not part of",
        "1 < gold < 3|comparisons cannot be chained",
        "(key|a '(' is not closed",
        "gold > 1000|1000 is too large",
        "gold > 1.5|'1.' is not a whole number",
        "key and|ends too soon",
        "visited()|'(' was not expected there",
    })
    void anythingOutsideTheLanguageIsRefusedWithItsText(String text, String why) {
        assertThatThrownBy(() -> Expressions.condition(text)).isInstanceOf(ExpressionException.class)
                .hasMessageContaining(why).hasMessageContaining("'" + text.strip().replace("\"\"", "\"") .substring(0, 1));
    }

    @Test
    void anAssignmentNeedsANameAndAValue() {
        assertThatThrownBy(() -> Expressions.assignment("gold + 1")).hasMessageContaining("'gold + 1' is not an assignment");
        assertThatThrownBy(() -> Expressions.assignment("true = key")).hasMessageContaining("is not an assignment");
        assertThatThrownBy(() -> Expressions.assignment("gold = ")).hasMessageContaining("is not an assignment");
    }

    @Test
    void theLintNamesTheNodeAndTheExactTextOfEachProblem() {
        Story cave = StoryFixtures.dragonsCave();
        Story story = cave.withNode(cave.node("n1").orElseThrow().withOnlyIf(Exit.LEFT, "key = 1")
                .withSets(List.of("gold = gold + 1", "key = gold")))
                .withInfo(cave.info().withVariables(List.of("gold = 0 in 0..3", "gold = 1", "torch = maybe", "key = false")));

        List<LintIssue> issues = new Lint().check(story).stream().filter(i -> i.rule() == Rule.VARIABLES).toList();

        assertThat(issues).extracting(LintIssue::message).containsExactlyInAnyOrder(
                "The story's variable 'gold = 1': gold is declared twice.",
                "The story's variable 'torch = maybe': a first value is true, false or a whole number.",
                "'Start', left button only if 'key = 1': 'key = 1': '=' sets a variable; to compare, write '=='.",
                "'Start' sets 'key = gold': 'gold' is a number where true or false is needed.");
        assertThat(issues.get(0).severity()).isEqualTo(com.yotosmartstream.story.lint.Severity.ERROR);
    }

    @Test
    void aVariableNeverGivenAValueIsRefusedRatherThanGuessed() {
        Story cave = StoryFixtures.dragonsCave();
        Story story = cave.withNode(cave.node("n1").orElseThrow().withOnlyIf(Exit.LEFT, "has_map"));

        assertThatThrownBy(() -> StoryLogic.read(story)).isInstanceOf(StoryLogic.Refused.class)
                .hasMessageContaining("has_map is never given a value");
    }
}
