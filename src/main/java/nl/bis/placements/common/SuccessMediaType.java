package nl.bis.placements.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * The operations declare both application/json and application/problem+json; content negotiation could label a
 * success as a problem when a client asks for problem+json first. A success is always application/json.
 */
@Provider
public class SuccessMediaType implements ContainerResponseFilter {

    private static final MediaType PROBLEM = MediaType.valueOf(Problem.MEDIA_TYPE);

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MediaType chosen = response.getMediaType();
        if (response.getStatus() < 400 && response.hasEntity() && (chosen == null || chosen.isCompatible(PROBLEM))) {
            response.getHeaders().putSingle("Content-Type", MediaType.APPLICATION_JSON);
        }
    }
}
