#!/usr/bin/env python3
"""Where a service's Java CPU time goes, from JFR execution samples.

Usage: jfr-breakdown.py <name>=<samples.json> ...   (each file: `jfr print --json --events jdk.ExecutionSample`)
Prints a Markdown table: one column per recording, one row per category. A sample counts for the category of its
topmost frame that belongs to one (so time in java.math under an RSA signature check counts as the signature check).
Only threads that serve requests are counted (vert.x event loops, worker and virtual threads, executor threads).
"""
import collections
import json
import sys

CATEGORIES = [
    ("token: RS256 signature check", ["java/security/Signature", "sun/security/rsa", "sun/security/util",
                                      "java/math/"]),
    ("token: parsing, claims (jose4j)", ["org/jose4j", "io/smallrye/jwt", "jakarta/json", "org/eclipse/parsson"]),
    ("authentication, roles (quarkus oidc/security)", ["io/quarkus/oidc", "io/quarkus/security",
                                                       "io/smallrye/jwt"]),
    ("database: JDBC driver, pool", ["org/postgresql", "io/agroal"]),
    ("database: Hibernate ORM", ["org/hibernate/", "io/quarkus/hibernate/orm", "io/quarkus/panache",
                                 "io/quarkus/hibernate/orm/panache"]),
    ("transactions (narayana)", ["io/quarkus/narayana", "com/arjuna"]),
    ("cache (caffeine)", ["io/quarkus/cache", "com/github/benmanes/caffeine"]),
    ("bean validation", ["org/hibernate/validator", "io/quarkus/hibernate/validator"]),
    ("JSON (jackson, vert.x JsonObject)", ["com/fasterxml/jackson", "io/vertx/core/json"]),
    ("service code (nl.bis)", ["nl/bis"]),
    ("REST layer (resteasy reactive)", ["io/quarkus/resteasy/reactive", "org/jboss/resteasy/reactive"]),
    ("HTTP, network (vert.x, netty)", ["io/vertx", "io/netty", "io/quarkus/vertx"]),
    ("CDI, context propagation", ["io/quarkus/arc", "io/smallrye/context", "io/quarkus/context"]),
    ("logging", ["org/jboss/logmanager", "org/jboss/logging"]),
]
REQUEST_THREADS = ("vert.x-eventloop", "executor-thread", "vert.x-worker", "quarkus-virtual-thread", "ForkJoinPool")


def categorise(frames):
    for frame in frames:
        name = frame["method"]["type"]["name"]
        for label, prefixes in CATEGORIES:
            if any(name.startswith(p) for p in prefixes):
                return label
    return "other (JDK, runtime)"


def breakdown(path):
    with open(path, encoding="utf-8") as f:
        events = json.load(f)["recording"]["events"]
    counts = collections.Counter()
    for event in events:
        values = event["values"]
        thread = (values.get("sampledThread") or {}).get("javaName") or ""
        stack = values.get("stackTrace") or {}
        if not stack.get("frames") or not thread.startswith(REQUEST_THREADS):
            continue
        counts[categorise(stack["frames"])] += 1
    return counts


def main(args):
    columns = []
    for arg in args:
        name, _, path = arg.partition("=")
        columns.append((name, breakdown(path)))
    labels = [label for label, _ in CATEGORIES] + ["other (JDK, runtime)"]
    print("| share of the request threads' CPU samples | " + " | ".join(n for n, _ in columns) + " |")
    print("|---|" + "---:|" * len(columns))
    for label in labels:
        cells = []
        for _, counts in columns:
            total = sum(counts.values()) or 1
            cells.append(f"{100 * counts[label] / total:.0f}%" if counts[label] else "–")
        if any(c != "–" for c in cells):
            print(f"| {label} | " + " | ".join(cells) + " |")
    print("| samples | " + " | ".join(str(sum(c.values())) for _, c in columns) + " |")


if __name__ == "__main__":
    main(sys.argv[1:])
