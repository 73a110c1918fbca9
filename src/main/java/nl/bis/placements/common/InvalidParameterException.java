package nl.bis.placements.common;

import jakarta.ws.rs.BadRequestException;

/**
 * A query, path or header parameter that cannot be read; answered with a 400 naming the parameter. It is a
 * {@link BadRequestException} because JAX-RS passes those on from parameter converters unchanged (any other failure
 * there becomes a bare 404).
 */
public class InvalidParameterException extends BadRequestException {

    private final String parameter;
    private final String value;

    public InvalidParameterException(String parameter, String message) {
        this(parameter, null, message);
    }

    /** For a converter that does not know the parameter's name; the mapper finds it by its value. */
    public InvalidParameterException(String parameter, String value, String message) {
        super(message);
        this.parameter = parameter;
        this.value = value;
    }

    public String parameter() {
        return parameter;
    }

    public String value() {
        return value;
    }
}
