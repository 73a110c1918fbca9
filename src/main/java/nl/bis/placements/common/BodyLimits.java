package nl.bis.placements.common;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * How large a request body may be: a document upload ({@code POST} of {@code multipart/form-data} to a path ending in
 * {@code /documents}) up to the upload limit, every other body up to {@code placements.http.max-body-size}, so
 * the large limit never applies to JSON.
 */
@ApplicationScoped
public class BodyLimits {

    @Inject
    PlacementsConfig config;

    public long of(HttpServerRequest request) {
        return isUpload(request) ? config.http().maxUploadBodySize().asLongValue() : config.http().maxBodySize().asLongValue();
    }

    public static boolean isUpload(HttpServerRequest request) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        return request.method() == HttpMethod.POST && request.path().endsWith("/documents")
                && type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }
}
