package se.samverkan.patient.rest;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.ZoneId;
import se.samverkan.patient.PersonalIdentityNumber;

/** A valid personnummer or samordningsnummer (see {@link PersonalIdentityNumber}). */
@Documented
@Constraint(validatedBy = IdentityNumber.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface IdentityNumber {
    String message() default "{se.samverkan.IdentityNumber.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Accepts null (that is {@code @NotNull}'s business). */
    class Validator implements ConstraintValidator<IdentityNumber, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null
                    || PersonalIdentityNumber.parse(
                                    value, LocalDate.now(ZoneId.of("Europe/Stockholm")))
                            .isPresent();
        }
    }
}
