package io.ebpfdocs.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.lifecycle.LifecycleExecutor;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * Maven runs a goal that needs no project (every goal here, so that each works without a POM)
 * only once when it is typed on the command line: on the top project. In a multi-module build a
 * user expects {@code mvn ebpfdocs:GOAL} to run in every module, as other plugins' goals do; this
 * runs it in the other modules, each with its own configuration, the way Maven would.
 */
record EveryModule(MavenSession session, LifecycleExecutor lifecycle, BuildPluginManager plugins, Log log) {

  /** Whether the build has more than one project. */
  static boolean multiModule(MavenSession session) {
    return session != null && session.getProjects() != null && session.getProjects().size() > 1;
  }

  /** Whether this execution is the command-line goal Maven runs only on the top of a multi-module build. */
  static boolean runsOnlyOnTheTop(MavenSession session, MojoExecution execution) {
    return multiModule(session) && execution != null && execution.getSource() == MojoExecution.Source.CLI
        && session.getCurrentProject() == session.getTopLevelProject();
  }

  /** Runs {@code execution}'s goal in every module of the build but the top one. */
  void runInTheOtherModules(MojoExecution execution) throws MojoExecutionException, MojoFailureException {
    MojoDescriptor goal = execution.getMojoDescriptor();
    String task = goal.getPluginDescriptor().getId() + ":" + goal.getGoal();
    MavenProject top = session.getCurrentProject();
    try {
      for (MavenProject module : session.getProjects()) {
        if (module != top) {
          session.setCurrentProject(module);
          log.info("--- " + goal.getFullGoalName() + " @ " + module.getArtifactId() + " ---");
          for (MojoExecution inModule : lifecycle.calculateExecutionPlan(session, task).getMojoExecutions()) {
            plugins.executeMojo(session, inModule);
          }
        }
      }
    } catch (MojoExecutionException | MojoFailureException e) {
      throw e;
    } catch (Exception e) {
      throw new MojoExecutionException("could not run " + task + " in " + session.getCurrentProject().getArtifactId()
          + ": " + e.getMessage(), e);
    } finally {
      session.setCurrentProject(top);
    }
  }
}
