package nl.bis.placements.common;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.net.URI;

/**
 * Headers of every REST answer that depend on what was asked: {@code Vary} (a protected answer depends on the token,
 * every answer on the media type asked for) and a {@code Location} built from the configured public address, never
 * from the {@code Host} header a client sent. {@link CachingHeaders} adds what every answer carries.
 */
@Provider
public class ResponseHeaders implements ContainerResponseFilter {

    @Context
    ResourceInfo resource;

    /** Looked up per request: providers are created before the configuration mappings are. */
    @Inject
    Instance<PlacementsConfig> config;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        var headers = response.getHeaders();
        if (!headers.containsKey(HttpHeaders.VARY)) {
            headers.putSingle(HttpHeaders.VARY, isPublic() ? "Accept" : "Authorization, Accept");
        }
        Object location = headers.getFirst(HttpHeaders.LOCATION);
        if (location != null) {
            headers.putSingle(HttpHeaders.LOCATION, publicLocation(URI.create(location.toString())));
        }
    }

    /** The location on the configured public address; without one, the absolute path (RFC 9110, section 10.2.2). */
    String publicLocation(URI location) {
        String path = location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
        return config.get().publicBaseUrl().map(base -> base.replaceAll("/+$", "") + path).orElse(path);
    }

    private boolean isPublic() {
        Method method = resource == null ? null : resource.getResourceMethod();
        return method != null && method.isAnnotationPresent(PermitAll.class);
    }
}
