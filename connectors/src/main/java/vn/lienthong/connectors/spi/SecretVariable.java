package vn.lienthong.connectors.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a setting that names the environment variable holding a secret: the loader checks that the variable is set
 * and never repeats the setting's value in an error, because integrators sometimes paste the secret itself there.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
public @interface SecretVariable {
}
