package com.hirefit.webhook;

/** Whether a delivery is authentic. Never throws on malformed input: garbage is simply not authentic. */
@FunctionalInterface
public interface SignatureCheck {
    boolean verify(RawDelivery delivery);
}
