package dev.aivoice.sandbox.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a {@code String} test or lifecycle parameter that receives a base URL of the running sandbox. */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface SandboxUrl {

    /** Which provider's base URL. */
    Provider value();

    /** The two fake providers. */
    enum Provider {
        RINGLY,
        RINGG
    }
}
