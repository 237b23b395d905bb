package io.ebpfdocs.site.markdown.internal;

import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import io.ebpfdocs.site.SitePaths;
import io.ebpfdocs.site.markdown.MkDocsExtension;
import java.util.Set;

/** Rewrites relative links for the directory-URL layout; absolute URLs and same-page anchors pass through. */
public final class MkDocsLinkResolver implements LinkResolver {
  private final String sourceDir;
  private final String outputDir;

  private MkDocsLinkResolver(String pagePath) {
    this.sourceDir = SitePaths.dirOf(pagePath);
    this.outputDir = SitePaths.pageDir(pagePath);
  }

  @Override
  public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
    if (node instanceof RefNode ref && !ref.isDefined()) {
      return link; // "[text]" without a definition stays text, as in Python-Markdown (flexmark links it if resolved)
    }
    String rewritten = rewrite(link.getUrl());
    return rewritten == null ? link : link.withStatus(LinkStatus.VALID).withUrl(rewritten);
  }

  /** The href to write for a link found in a page, or null to keep it as written. */
  String rewrite(String url) {
    if (url.isEmpty() || url.startsWith("#") || url.startsWith("/") || SitePaths.hasScheme(url)) {
      return null;
    }
    int hash = url.indexOf('#');
    String path = hash < 0 ? url : url.substring(0, hash);
    String fragment = hash < 0 ? "" : url.substring(hash);
    String target = SitePaths.resolve(sourceDir, path);
    String site;
    if (target.endsWith(".md") || target.endsWith(".md/")) {
      String md = target.endsWith("/") ? target.substring(0, target.length() - 1) : target;
      site = SitePaths.pageDir(md) + "index.html";
    } else if (target.isEmpty() || target.endsWith("/")) {
      site = target + "index.html";
    } else {
      site = target;
    }
    return SitePaths.relative(outputDir, site) + fragment;
  }

  public static final class Factory implements LinkResolverFactory {
    // LinkResolverFactory re-declares the Dependent methods abstract, so they are spelled out here.
    @Override
    public Set<Class<?>> getAfterDependents() {
      return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return null;
    }

    @Override
    public boolean affectsGlobalScope() {
      return false;
    }

    @Override
    public LinkResolver apply(LinkResolverBasicContext context) {
      return new MkDocsLinkResolver(MkDocsExtension.PAGE_PATH.get(context.getDocument()));
    }
  }
}
