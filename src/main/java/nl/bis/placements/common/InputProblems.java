package nl.bis.placements.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The problems of input the service could not accept: a body Jackson could not read, and bean-validation
 * violations of parameters and bodies. Shared by {@link ProblemMapper} and {@link BatchItemProblems}.
 */
final class InputProblems {

    private InputProblems() {
    }

    static Problem validation() {
        return ProblemType.VALIDATION.problem("The request has invalid fields; see violations.");
    }

    static Problem problemFor(ConstraintViolationException e) {
        if (e.getConstraintViolations().stream().anyMatch(InputProblems::isMissingIfMatch)) {
            // The contract marks If-Match required; its absence is the precondition problem, not a bad parameter.
            return ApiException.preconditionRequired().problem();
        }
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message))
                .toList();
        return validation().withViolations(violations);
    }

    /** The problem for a body Jackson could not read: the member it stopped at, or "not well-formed". */
    static Problem problemFor(JsonProcessingException e) {
        if (e instanceof MismatchedInputException && String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            return malformed("The body has more content after its JSON value; send exactly one JSON value.");
        }
        if (e instanceof JsonMappingException mapping) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            if (!field.isEmpty()) {
                return validation().withViolations(List.of(new Problem.Violation(field, describe(mapping))));
            }
            if (mapping instanceof MismatchedInputException) {
                return malformed("The body is well-formed JSON of the wrong shape: a JSON object is expected.");
            }
        }
        return malformed("The body is not well-formed JSON.");
    }

    static Problem malformed(String detail) {
        return ProblemType.MALFORMED_REQUEST.problem(detail);
    }

    private static String describe(JsonMappingException e) {
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            Class<?> target = invalid.getTargetType();
            if (target.isEnum()) {
                return "must be one of " + java.util.Arrays.toString(target.getEnumConstants());
            }
            if (target == String.class) {
                var path = e.getPath();
                String member = path.isEmpty() ? null : path.get(path.size() - 1).getFieldName();
                return TextRules.problemIn(member, String.valueOf(invalid.getValue()))
                        .orElse("cannot be read");
            }
            if (target == java.time.LocalDate.class) {
                return invalid.getValue() instanceof String text && ParameterConverters.dateShaped(text)
                        ? ParameterConverters.nonexistentDate(text)
                        : "must be a date in ISO-8601 format (yyyy-MM-dd)";
            }
            if (target == Long.class || target == Integer.class || target == long.class || target == int.class) {
                return "must be a whole number";
            }
            if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
                return "must be a number";
            }
        }
        if (e instanceof ValueInstantiationException instantiation && instantiation.getType() != null
                && instantiation.getType().isEnumType()) {
            return "must be one of " + java.util.Arrays.toString(instantiation.getType().getRawClass().getEnumConstants());
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException) {
            return "is not a member of this body; check its spelling";
        }
        if (e instanceof MismatchedInputException) {
            return "has the wrong type or is missing";
        }
        return "cannot be read";
    }

    private static boolean isMissingIfMatch(ConstraintViolation<?> violation) {
        return violation.getInvalidValue() == null && StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .anyMatch(node -> node.getKind() == ElementKind.PARAMETER && "ifMatch".equals(node.getName()));
    }

    /**
     * The field a violation is about: the bean path after the method and parameter nodes, with the index of a list
     * element as the JSON path writes it ({@code lineItems[1].amount}).
     */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes) {
            if (node.getKind() != ElementKind.PROPERTY && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null && !field.isEmpty()) {
                field.append('[').append(node.getIndex()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                field.append(field.isEmpty() ? "" : ".").append(name);
            }
        }
        if (!field.isEmpty()) {
            return field.toString();
        }
        return nodes.stream().filter(n -> n.getKind() == ElementKind.PARAMETER).map(Path.Node::getName)
                .findFirst().orElse("body");
    }
}
