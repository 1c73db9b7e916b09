package com.example;

import org.marketproof.testing.AuditMechanism;

/** Every claim of paper 000 about GenerousMechanism, one test each, on the bundled example market. */
class GenerousMechanismTest {

    @AuditMechanism(GenerousMechanism.class)
    void paper000() {
    }
}
