package io.github.factmaven.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The heap a task used, from what the collectors report at each collection: the most the heap held
 * at once (its occupancy when a collection started, or at the end), and the most it still held
 * after a collection, an upper bound of the data the task kept alive. Summing each pool's own peak
 * instead overstates the first, since the pools peak at different times.
 */
final class HeapWatch {

    private final Set<String> heapPools;
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong retained = new AtomicLong();

    private HeapWatch() {
        heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
    }

    static HeapWatch start() {
        HeapWatch watch = new HeapWatch();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector)
                    .addNotificationListener(
                            (notification, handback) -> {
                                if (notification
                                        .getType()
                                        .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                                    var info = GarbageCollectionNotificationInfo.from(
                                                    (CompositeData) notification.getUserData())
                                            .getGcInfo();
                                    watch.peak.accumulateAndGet(watch.used(info.getMemoryUsageBeforeGc()), Math::max);
                                    watch.retained.accumulateAndGet(
                                            watch.used(info.getMemoryUsageAfterGc()), Math::max);
                                }
                            },
                            null,
                            null);
        }
        return watch;
    }

    /** @return the most bytes the heap held at once */
    long peak() {
        return Math.max(
                peak.get(),
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    /** @return the most bytes the heap still held after a collection */
    long retained() {
        return retained.get();
    }

    private long used(Map<String, MemoryUsage> pools) {
        return pools.entrySet().stream()
                .filter(pool -> heapPools.contains(pool.getKey()))
                .mapToLong(pool -> pool.getValue().getUsed())
                .sum();
    }
}
