package dev.produce.loadtest.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One load a bundle is compared at.
 *
 * @param key      its key in summary.json and its report directories, e.g. {@code open-50pct}
 * @param label    how the report names it, e.g. {@code 50 % of capacity}
 * @param workload what is offered
 */
public record LoadPoint(String key, String label, Workload workload) {

  public LoadPoint {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(workload, "workload");
  }

  /**
   * The open loads at {@code ratePcts} of {@code capacity}, in that order, then the saturation run:
   * {@code saturationUsers} closed-model users, reported as such.
   */
  public static List<LoadPoint> of(Capacity capacity, List<Integer> ratePcts, int saturationUsers) {
    List<LoadPoint> loads = new ArrayList<>();
    for (int pct : ratePcts) {
      loads.add(new LoadPoint("open-" + pct + "pct", pct + " % of capacity", capacity.openAt(pct)));
    }
    loads.add(new LoadPoint("saturation", "saturation (" + saturationUsers + " users, closed)",
        new Workload.Closed(saturationUsers)));
    return List.copyOf(loads);
  }
}
