package com.hirefit.rules.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.rules.RuleBase;
import com.hirefit.rules.RuleSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurrentRulesTest {

    @TempDir
    Path folder;

    private CurrentRules rulesFrom(List<RuleBase> installed) throws Exception {
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, folder.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return new CurrentRules(RuleBase.compile(RuleSource.fromDirectory(folder)), folder, Clock.systemUTC(),
                (rules, at) -> installed.add(rules));
    }

    @Test
    void aFolderThatChangedWhileItWasReadIsNotInstalled() throws Exception {
        List<RuleBase> installed = new ArrayList<>();
        CurrentRules rules = rulesFrom(installed);
        String before = rules.get().version();
        // What an editor leaves between truncating a file and writing it: an empty file that compiles.
        Files.writeString(folder.resolve("hiring-notes.drl"), "");

        CurrentRules.Reload reload = rules.reload(() -> false);

        assertThat(reload.installed()).isFalse();
        assertThat(reload.problems()).isEmpty();
        assertThat(rules.get().version()).isEqualTo(before);
        assertThat(rules.lastRejection()).isNull();
        assertThat(installed).hasSize(1);
    }

    @Test
    void theSameChangeIsInstalledWhenTheFolderStayedQuiet() throws Exception {
        List<RuleBase> installed = new ArrayList<>();
        CurrentRules rules = rulesFrom(installed);
        String before = rules.get().version();
        Path notes = folder.resolve("hiring-notes.drl");
        Files.writeString(notes, Files.readString(notes) + "\n// reviewed\n");

        CurrentRules.Reload reload = rules.reload(() -> true);

        assertThat(reload.installed()).isTrue();
        assertThat(rules.get().version()).isNotEqualTo(before).isEqualTo(reload.version());
        assertThat(installed).hasSize(2);
    }
}
