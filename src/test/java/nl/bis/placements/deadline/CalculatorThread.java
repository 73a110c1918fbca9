package nl.bis.placements.deadline;

import io.vertx.core.Context;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.ext.Provider;

/**
 * Test only: notes on which kind of thread the calculator's last answer was made. A response filter runs on the
 * thread its resource method ran on (a worker thread for a blocking method, the I/O thread otherwise).
 */
@Provider
public class CalculatorThread implements ContainerResponseFilter {

    private static volatile Boolean lastOnIoThread;

    @jakarta.ws.rs.core.Context
    ResourceInfo resource;

    static Boolean lastOnIoThread() {
        return lastOnIoThread;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (resource != null && resource.getResourceMethod() != null
                && resource.getResourceMethod().getName().equals("calculateDeadlines")) {
            lastOnIoThread = Context.isOnEventLoopThread();
        }
    }
}
