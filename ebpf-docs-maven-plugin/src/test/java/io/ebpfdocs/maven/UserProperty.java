package io.ebpfdocs.maven;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code -Dname=value} of the test's Maven run. {@link MojoHarness} puts it into the session's
 * user properties before the harness configures the Mojo, so a parameter's {@code property} name
 * is tested the way a user's {@code -D} reaches it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(UserProperty.List.class)
public @interface UserProperty {
  String name();

  String value();

  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  public @interface List {
    UserProperty[] value();
  }
}
