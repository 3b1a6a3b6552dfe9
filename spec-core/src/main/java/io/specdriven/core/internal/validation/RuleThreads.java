package io.specdriven.core.internal.validation;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads custom rules run on, so that a rule over its time budget can be left behind: daemon threads
 * (a stuck rule never keeps the JVM alive), created on demand and ended after a minute without work, shared
 * by every validator.
 */
public final class RuleThreads {
    private RuleThreads() {}

    private static final AtomicInteger COUNT = new AtomicInteger();

    /** The pool: no fixed size, because a stuck rule keeps its thread and must not starve the others. */
    public static final ExecutorService POOL = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
            new SynchronousQueue<>(), r -> {
                Thread t = new Thread(r, "specdriven-rule-" + COUNT.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
}
