package org.asylon.kernel.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.stream.IntStream;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * A body with many bad values gets a problem of bounded size that still says how many there were.
 */
class ConstraintViolationMapperTest {

    public record Item(@NotBlank(message = "must not be blank") String name) {}

    public record Batch(List<@Valid Item> items) {}

    @Test
    void atMostFiftyFieldsAreListedAndTheRestCounted() {
        var validator =
                Validation.byDefaultProvider()
                        .configure()
                        .messageInterpolator(new ParameterMessageInterpolator())
                        .buildValidatorFactory()
                        .getValidator();
        var violations =
                validator.validate(
                        new Batch(IntStream.range(0, 200).mapToObj(i -> new Item("")).toList()));

        Problem problem = ConstraintViolationMapper.problemOf(violations, "/batches");

        assertEquals(ConstraintViolationMapper.MAX_REPORTED, problem.errors().size());
        assertTrue(
                problem.detail().endsWith("and 150 more invalid values not listed"),
                problem.detail());
    }
}
