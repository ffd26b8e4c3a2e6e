package com.hirefit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnownMissesTest {

    /** The application's class loader, recording what it is asked. */
    private static final class Recording extends ClassLoader {
        final List<String> asked = new ArrayList<>();

        Recording() {
            super(KnownMissesTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            asked.add(name);
            return super.loadClass(name, resolve);
        }

        @Override
        public URL getResource(String name) {
            asked.add(name);
            return super.getResource(name);
        }
    }

    @Test
    void aClassTheApplicationLacksIsLookedForOnceThenMissingAtOnce() {
        Recording app = new Recording();
        KnownMisses classes = new KnownMisses(app);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> classes.loadClass("com.hirefit.rules.facts.coder")).isInstanceOf(ClassNotFoundException.class)
                    .hasMessageContaining("com.hirefit.rules.facts.coder");
        }
        assertThat(app.asked).containsExactly("com.hirefit.rules.facts.coder");
    }

    @Test
    void classesTheApplicationHasAreTheApplicationsEveryTime() throws ClassNotFoundException {
        Recording app = new Recording();
        KnownMisses classes = new KnownMisses(app);
        assertThat(classes.loadClass(RuleBase.class.getName())).isSameAs(RuleBase.class);
        assertThat(classes.loadClass(RuleBase.class.getName())).isSameAs(RuleBase.class);
        assertThat(app.asked).containsExactly(RuleBase.class.getName(), RuleBase.class.getName());
    }

    @Test
    void aMissingResourceIsLookedForOnceAndAPresentOneIsFoundEveryTime() {
        Recording app = new Recording();
        KnownMisses classes = new KnownMisses(app);
        String present = RuleBase.class.getName().replace('.', '/') + ".class";
        assertThat(classes.getResource("com/hirefit/rules/facts/coder.class")).isNull();
        assertThat(classes.getResource("com/hirefit/rules/facts/coder.class")).isNull();
        assertThat(classes.getResource(present)).isNotNull();
        assertThat(classes.getResource(present)).isNotNull();
        assertThat(app.asked).containsExactly("com/hirefit/rules/facts/coder.class", present, present);
    }
}
