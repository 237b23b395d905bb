package io.ebpfdocs.site.markdown.internal;

import com.vladsch.flexmark.util.dependency.Dependent;
import java.util.Set;

/** A flexmark extension part that needs no ordering against others. */
interface Independent extends Dependent {
  @Override
  default Set<Class<?>> getAfterDependents() {
    return null;
  }

  @Override
  default Set<Class<?>> getBeforeDependents() {
    return null;
  }

  @Override
  default boolean affectsGlobalScope() {
    return false;
  }
}
