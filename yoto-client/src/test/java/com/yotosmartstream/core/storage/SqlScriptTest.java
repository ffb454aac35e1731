package com.yotosmartstream.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void splitsAtSemicolonsAndDropsComments() {
        assertThat(SqlScript.statements("-- first\nCREATE TABLE a (x);\n/* two */ INSERT INTO a VALUES (1);\n"))
                .containsExactly("CREATE TABLE a (x)", "INSERT INTO a VALUES (1)");
    }

    @Test
    void keepsSemicolonsAndDashesInsideQuotes() {
        assertThat(SqlScript.statements("INSERT INTO a VALUES ('x;y -- z', 'it''s');SELECT \"a;b\""))
                .containsExactly("INSERT INTO a VALUES ('x;y -- z', 'it''s')", "SELECT \"a;b\"");
    }

    @Test
    void keepsATriggerBodyWhole() {
        String trigger = "CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET n = n + 1; DELETE FROM c; END";
        assertThat(SqlScript.statements(trigger + ";\nCREATE INDEX i ON a (x);"))
                .containsExactly(trigger, "CREATE INDEX i ON a (x)");
    }

    @Test
    void anEmptyScriptHasNoStatements() {
        assertThat(SqlScript.statements("  -- nothing here\n ; ")).isEmpty();
    }
}
