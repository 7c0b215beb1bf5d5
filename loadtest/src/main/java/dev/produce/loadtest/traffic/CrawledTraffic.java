package dev.produce.loadtest.traffic;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Anonymous visits to an existing site (--target-url): landing pages drawn Zipf-skewed from the
 * start page and the same-site links found on it ({@link LinkCrawler}). No logged-in users: there
 * are no credentials to use.
 */
public final class CrawledTraffic implements Traffic {
  private final List<String> paths;
  private final Zipf zipf;

  public CrawledTraffic(List<String> paths) {
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("no page to visit");
    }
    this.paths = List.copyOf(paths);
    this.zipf = new Zipf(paths.size(), 1.0);
  }

  /** Every page once, anonymously. */
  @Override
  public List<Visit> cacheFill() {
    return paths.stream().map(path -> new Visit(List.of(path), Optional.empty())).toList();
  }

  @Override
  public boolean offers(RequestKind kind) {
    return kind == RequestKind.PAGE_ANONYMOUS;
  }

  @Override
  public Iterator<Visit> visits(RequestKind kind, long seed) {
    if (!offers(kind)) {
      throw new IllegalArgumentException("no " + kind.key() + " visits on a crawled site");
    }
    SplittableRandom random = new SplittableRandom(seed);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public Visit next() {
        return new Visit(List.of(paths.get(zipf.next(random) - 1)), Optional.empty());
      }
    };
  }

  @Override
  public String description() {
    return paths.size() + " pages: the start page and the links found on it (Zipf), anonymous";
  }

  public List<String> paths() {
    return paths;
  }
}
