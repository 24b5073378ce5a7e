<?xml version="1.0" encoding="UTF-8"?>
<!-- Renders feedd's Atom and RSS feeds as a readable page when a browser opens them
     (the feeds name this file in an xml-stylesheet processing instruction; feed readers
     ignore it). XSLT 1.0, the version browsers run. Everything is output as text, so
     nothing from a document can become markup here. -->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  exclude-result-prefixes="atom dc">
<xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>

<xsl:template match="/">
  <xsl:variable name="title" select="atom:feed/atom:title | rss/channel/title"/>
  <xsl:variable name="home"
    select="atom:feed/atom:link[@rel='alternate']/@href | rss/channel/link"/>
  <xsl:variable name="self"
    select="atom:feed/atom:link[@rel='self']/@href | rss/channel/atom:link[@rel='self']/@href"/>
  <html lang="en">
  <head>
  <meta charset="utf-8"/>
  <meta name="viewport" content="width=device-width, initial-scale=1"/>
  <title><xsl:value-of select="$title"/> (feed)</title>
  <link rel="icon" href="{$home}favicon.svg" type="image/svg+xml"/>
  <style>
:root{color-scheme:light dark;--fg:#1a1a1a;--muted:#5c5c5c;--bg:#fff;--accent:#b03a0a;--box:#fdf1ea}
@media (prefers-color-scheme:dark){:root{--fg:#e6e6e6;--muted:#a8a8a8;--bg:#16181c;--accent:#ff9a6b;--box:#2a211c}}
body{max-width:46em;margin:0 auto;padding:1em 1.2em 3em;font:1.05em/1.55 system-ui,sans-serif;color:var(--fg);background:var(--bg)}
a{color:var(--accent)}
.notice{background:var(--box);border-radius:.5em;padding:.8em 1em;margin:1em 0 2em}
.notice code{word-break:break-all}
.entry{margin:0 0 1.6em}
.entry h2{font-size:1.2em;margin:0 0 .2em}
.meta{color:var(--muted);font-size:.9em;margin:0 0 .3em}
.summary{margin:0}
  </style>
  </head>
  <body>
  <header>
  <p class="meta"><a href="{$home}">Home: every feed</a></p>
  <h1><xsl:value-of select="$title"/></h1>
  <p><xsl:value-of select="atom:feed/atom:subtitle | rss/channel/description"/></p>
  <div class="notice">
    <strong>This is a web feed.</strong> To subscribe, copy its address into your feed
    reader: <code><xsl:value-of select="$self"/></code>
  </div>
  </header>
  <main>
  <xsl:apply-templates select="atom:feed/atom:entry | rss/channel/item"/>
  </main>
  </body>
  </html>
</xsl:template>

<xsl:template match="atom:entry">
  <article class="entry">
  <h2 dir="auto"><a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="atom:title"/></a></h2>
  <p class="meta" dir="auto">
    <xsl:if test="atom:source/atom:title">
      <span class="source"><xsl:value-of select="atom:source/atom:title"/></span> · </xsl:if>
    <!-- an entry without a byline has its outlet as author: named once -->
    <xsl:if test="atom:author/atom:name and not(atom:author/atom:name = atom:source/atom:title)">
      <span class="author"><xsl:value-of select="atom:author/atom:name"/></span> · </xsl:if>
    <time datetime="{atom:published}">
      <xsl:value-of select="concat(substring(atom:published, 1, 10), ' ',
                                   substring(atom:published, 12, 5), ' UTC')"/>
    </time>
  </p>
  <p class="summary" dir="auto"><xsl:value-of select="atom:summary"/></p>
  </article>
</xsl:template>

<xsl:template match="item">
  <article class="entry">
  <h2 dir="auto"><a href="{link}"><xsl:value-of select="title"/></a></h2>
  <p class="meta" dir="auto">
    <xsl:if test="source">
      <span class="source"><xsl:value-of select="source"/></span> · </xsl:if>
    <xsl:if test="dc:creator and not(dc:creator = source)">
      <span class="author"><xsl:value-of select="dc:creator"/></span> · </xsl:if>
    <time><xsl:value-of select="pubDate"/></time>
  </p>
  </article>
</xsl:template>
</xsl:stylesheet>
