package org.asylon.training.scoring;

import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * One person's records across the modules: the ids named together in one event (an arrival and the
 * encounter it came from, an application and its arrival, a detained person and their order) belong
 * to one cluster. Union–find over record ids; a cluster is named by its first-seen id, so the same
 * trails always give the same names.
 */
final class Clusters {

    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, Integer> seen = new HashMap<>();

    void add(String id) {
        if (!parent.containsKey(id)) {
            parent.put(id, id);
            seen.put(id, seen.size());
        }
    }

    void link(Collection<String> ids) {
        Iterator<String> it = ids.iterator();
        if (!it.hasNext()) {
            return;
        }
        String first = it.next();
        add(first);
        while (it.hasNext()) {
            String next = it.next();
            add(next);
            union(first, next);
        }
    }

    /** The cluster's name: its earliest-seen id. */
    String of(String id) {
        add(id);
        String root = id;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        String walk = id;
        while (!walk.equals(root)) {
            String next = parent.get(walk);
            parent.put(walk, root);
            walk = next;
        }
        return root;
    }

    private void union(String a, String b) {
        String ra = of(a);
        String rb = of(b);
        if (ra.equals(rb)) {
            return;
        }
        if (seen.get(ra) < seen.get(rb)) {
            parent.put(rb, ra);
        } else {
            parent.put(ra, rb);
        }
    }
}
