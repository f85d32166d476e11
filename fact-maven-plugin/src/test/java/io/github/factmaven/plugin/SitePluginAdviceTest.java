package io.github.factmaven.plugin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SitePluginAdviceTest {

    /** Site plugins before 3.12.1 cannot load today's default reports; Maven before 3.9 defaults to one. */
    @Test
    void versionsCompareByTheirNumbers() {
        int[] firstGood = {3, 12, 1};
        assertTrue(SitePluginAdvice.olderThan("3.3", firstGood));
        assertTrue(SitePluginAdvice.olderThan("3.9.1", firstGood));
        assertTrue(SitePluginAdvice.olderThan("3.12.0", firstGood));
        assertFalse(SitePluginAdvice.olderThan("3.12.1", firstGood));
        assertFalse(SitePluginAdvice.olderThan("3.21.0", firstGood));
        assertFalse(SitePluginAdvice.olderThan("4.0.0-M16", firstGood));
        assertTrue(SitePluginAdvice.olderThan("3.8.7", new int[] {3, 9}));
        assertFalse(SitePluginAdvice.olderThan("3.9.9", new int[] {3, 9}));
    }
}
