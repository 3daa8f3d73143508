#!/usr/bin/env bash
# Build and install the "integrityhub-support" plugin into an Elasticsearch home.
#
#   bash scripts/es-support-plugin.sh ES_HOME
#
# Why: the only Elasticsearch 8 distribution on Maven Central is the
# integ-test-zip (org.elasticsearch.distribution.integ-test-zip:elasticsearch).
# It is the real server, but it ships only four modules (apm, transport-netty4,
# x-pack-core, x-pack-security). Two things Integrity Hub needs are missing:
#
#   * `GET /` (the rest-root module): clients, health checks and our test
#     conftest ask the root for the version; the integ-test-zip answers 405.
#   * the analysis-common module: no `asciifolding`, `ngram`, `edge_ngram`
#     filters (Wagtail's Elasticsearch backend defines its index with them, so
#     index creation fails without them), no stemmers, no language analysers.
#
# Neither module is published on Maven Central, so this script writes a small
# classic plugin that provides them from the Lucene classes the distribution
# already ships (lib/lucene-analysis-common-*.jar), compiles it with the JDK
# against the distribution's own jars (so it always matches the server
# version) and installs it under ES_HOME/plugins/. Names, parameters and
# defaults follow Elasticsearch's reference documentation, so an index
# definition that works here works on a full Elasticsearch 8 as well.
#
# Provided:
#   REST        GET / and HEAD / (node name, cluster name/uuid, version, tagline)
#   analyzers   english, french, spanish (stopwords, stopwords_path, stem_exclusion)
#   filters     asciifolding, uppercase, trim, unique, length, keep, truncate, ngram,
#               edge_ngram, elision, snowball, stemmer, porter_stem, kstem,
#               keyword_marker, synonym, synonym_graph (Solr-format rules given
#               inline as `synonyms` or in a file as `synonyms_path`; `expand`,
#               `lenient`)
#   tokenizers  ngram, edge_ngram, keyword, whitespace, letter, classic,
#               uax_url_email
#   char filt.  html_strip, mapping
# Not provided (still absent from the server): the synonyms sets API, word_delimiter,
# mapper-extras field types (search_as_you_type, rank_feature, scaled_float,
# match_only_text, token_count), painless scripts, reindex/update_by_query,
# ingest pipelines. See docs/services.md.

set -euo pipefail

PLUGIN_NAME=integrityhub-support
PLUGIN_VERSION=1.1.0

die() { echo "es-support-plugin: $*" >&2; exit 1; }

es_home=${1:-}
[[ -n $es_home && -d $es_home/lib ]] || die "usage: $0 ES_HOME (a directory with lib/elasticsearch-*.jar)"
es_home=$(cd "$es_home" && pwd)

java_home=${ES_JAVA_HOME:-${JAVA_HOME:-}}
if [[ -z $java_home || ! -x $java_home/bin/javac ]]; then
  javac_path=$(command -v javac || true)
  [[ -n $javac_path ]] || die "javac not found: set ES_JAVA_HOME to a JDK 17 (apt-get install openjdk-17-jdk-headless)"
  java_home=$(dirname "$(dirname "$(readlink -f "$javac_path")")")
fi

server_jar=$(printf '%s\n' "$es_home"/lib/elasticsearch-[0-9]*.jar | head -n1)
[[ -f $server_jar ]] || die "no lib/elasticsearch-<version>.jar in $es_home"
es_version=$(basename "$server_jar" .jar)
es_version=${es_version#elasticsearch-}

# Rebuild only when this script (the source) or the server version changed.
stamp="$es_version $(sha256sum "${BASH_SOURCE[0]}" | cut -d' ' -f1)"
target="$es_home/plugins/$PLUGIN_NAME"
if [[ -f $target/.build-stamp && $(cat "$target/.build-stamp") == "$stamp" ]]; then
  echo "es-support-plugin: $PLUGIN_NAME already installed for Elasticsearch $es_version"
  exit 0
fi

build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT
src="$build/src/org/integrityhub/essupport"
mkdir -p "$src" "$build/classes" "$build/plugin"

cat > "$src/IntegrityHubSupportPlugin.java" <<'JAVA'
package org.integrityhub.essupport;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.cluster.metadata.IndexNameExpressionResolver;
import org.elasticsearch.cluster.node.DiscoveryNodes;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.common.io.stream.NamedWriteableRegistry;
import org.elasticsearch.common.settings.ClusterSettings;
import org.elasticsearch.common.settings.IndexScopedSettings;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.common.settings.SettingsFilter;
import org.elasticsearch.features.NodeFeature;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.ActionPlugin;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.rest.RestController;
import org.elasticsearch.rest.RestHandler;

/** Root info endpoint plus the analysis components Integrity Hub's indexes use. */
public final class IntegrityHubSupportPlugin extends Plugin implements AnalysisPlugin, ActionPlugin {

    private final AtomicReference<ClusterService> clusterService = new AtomicReference<>();

    @Override
    public Collection<?> createComponents(PluginServices services) {
        clusterService.set(services.clusterService());
        return List.of();
    }

    @Override
    public Collection<RestHandler> getRestHandlers(
        Settings settings,
        NamedWriteableRegistry namedWriteableRegistry,
        RestController restController,
        ClusterSettings clusterSettings,
        IndexScopedSettings indexScopedSettings,
        SettingsFilter settingsFilter,
        IndexNameExpressionResolver indexNameExpressionResolver,
        Supplier<DiscoveryNodes> nodesInCluster,
        Predicate<NodeFeature> clusterSupportsFeature
    ) {
        return List.of(new RootInfoHandler(clusterService::get));
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Filters.all();
    }

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Tokenizers.all();
    }

    @Override
    public Map<String, AnalysisProvider<CharFilterFactory>> getCharFilters() {
        return CharFilters.all();
    }

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return LanguageAnalyzers.all();
    }
}
JAVA

cat > "$src/RootInfoHandler.java" <<'JAVA'
package org.integrityhub.essupport;

import java.util.List;
import java.util.function.Supplier;

import org.elasticsearch.Build;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.index.IndexVersion;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.RestResponse;
import org.elasticsearch.rest.RestStatus;
import org.elasticsearch.xcontent.XContentBuilder;

/** GET / and HEAD /, answering like the rest-root module of a full distribution. */
final class RootInfoHandler extends BaseRestHandler {

    private final Supplier<ClusterService> clusterService;

    RootInfoHandler(Supplier<ClusterService> clusterService) {
        this.clusterService = clusterService;
    }

    @Override
    public String getName() {
        return "integrityhub_root_info_action";
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route(RestRequest.Method.GET, "/"), new Route(RestRequest.Method.HEAD, "/"));
    }

    @Override
    protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
        return channel -> {
            ClusterService service = clusterService.get();
            Build build = Build.current();
            XContentBuilder body = channel.newBuilder();
            body.startObject();
            body.field("name", service.getNodeName());
            body.field("cluster_name", service.getClusterName().value());
            body.field("cluster_uuid", service.state().metadata().clusterUUID());
            body.startObject("version");
            body.field("number", build.qualifiedVersion());
            body.field("build_flavor", build.flavor());
            body.field("build_type", build.type().displayName());
            body.field("build_hash", build.hash());
            body.field("build_date", build.date());
            body.field("build_snapshot", build.isSnapshot());
            body.field("lucene_version", IndexVersion.current().luceneVersion().toString());
            body.field("minimum_wire_compatibility_version", build.minWireCompatVersion());
            body.field("minimum_index_compatibility_version", build.minIndexCompatVersion());
            body.endObject();
            body.field("tagline", "You Know, for Search");
            body.endObject();
            channel.sendResponse(new RestResponse(RestStatus.OK, body));
        };
    }
}
JAVA

cat > "$src/Filters.java" <<'JAVA'
package org.integrityhub.essupport;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.UpperCaseFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.es.SpanishPluralStemFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchMinimalStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.KeepWordFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.miscellaneous.TrimFilter;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;

import static org.elasticsearch.plugins.AnalysisPlugin.requiresAnalysisSettings;

/** Token filters, with the parameters and defaults of the Elasticsearch reference. */
final class Filters {

    private Filters() {}

    /** A filter that only rewrites a token's characters, so it may also run in normalizers. */
    private record Normalizing(String name, UnaryOperator<TokenStream> wrap) implements NormalizingTokenFilterFactory {
        @Override
        public TokenStream create(TokenStream tokenStream) {
            return wrap.apply(tokenStream);
        }
    }

    private record Plain(String name, UnaryOperator<TokenStream> wrap) implements TokenFilterFactory {
        @Override
        public TokenStream create(TokenStream tokenStream) {
            return wrap.apply(tokenStream);
        }
    }

    static Map<String, AnalysisProvider<TokenFilterFactory>> all() {
        Map<String, AnalysisProvider<TokenFilterFactory>> filters = new HashMap<>();
        filters.put("asciifolding", (index, env, name, s) -> {
            boolean preserveOriginal = s.getAsBoolean("preserve_original", false);
            return new Normalizing(name, ts -> new ASCIIFoldingFilter(ts, preserveOriginal));
        });
        filters.put("uppercase", (index, env, name, s) -> new Normalizing(name, UpperCaseFilter::new));
        filters.put("trim", (index, env, name, s) -> new Normalizing(name, TrimFilter::new));
        filters.put("unique", (index, env, name, s) -> {
            if (s.getAsBoolean("only_on_same_position", false)) {
                return new Plain(name, RemoveDuplicatesTokenFilter::new);
            }
            return new Plain(name, UniqueFilter::new);
        });
        filters.put("length", (index, env, name, s) -> {
            int min = s.getAsInt("min", 0);
            int max = s.getAsInt("max", Integer.MAX_VALUE);
            return new Plain(name, ts -> new LengthFilter(ts, min, max));
        });
        filters.put("keep", requiresAnalysisSettings((index, env, name, s) -> {
            List<String> words = s.getAsList("keep_words");
            if (words.isEmpty() || s.get("keep_words_path") != null) {
                throw new IllegalArgumentException("keep requires [keep_words] (this build reads no [keep_words_path])");
            }
            CharArraySet kept = new CharArraySet(words, !s.getAsBoolean("keep_words_case", false));
            return new Plain(name, ts -> new KeepWordFilter(ts, kept));
        }));
        filters.put("truncate", (index, env, name, s) -> {
            int length = s.getAsInt("length", 10);
            if (length <= 0) {
                throw new IllegalArgumentException("length parameter must be provided");
            }
            return new Normalizing(name, ts -> new TruncateTokenFilter(ts, length));
        });
        filters.put("ngram", (index, env, name, s) -> {
            int minGram = s.getAsInt("min_gram", 1);
            int maxGram = s.getAsInt("max_gram", 2);
            boolean preserveOriginal = s.getAsBoolean("preserve_original", false);
            checkNgramDiff(index, minGram, maxGram, "NGram Token Filter");
            return new Plain(name, ts -> new NGramTokenFilter(ts, minGram, maxGram, preserveOriginal));
        });
        filters.put("edge_ngram", (index, env, name, s) -> {
            int minGram = s.getAsInt("min_gram", 1);
            int maxGram = s.getAsInt("max_gram", 2);
            boolean preserveOriginal = s.getAsBoolean("preserve_original", false);
            String side = s.get("side", "front");
            if (!"front".equals(side)) {
                throw new IllegalArgumentException("edge_ngram only supports side [front]; got [" + side + "]");
            }
            return new Plain(name, ts -> new EdgeNGramTokenFilter(ts, minGram, maxGram, preserveOriginal));
        });
        // Components that cannot work without parameters are marked as such, so
        // Elasticsearch does not build a parameterless instance for every index.
        filters.put("elision", requiresAnalysisSettings((index, env, name, s) -> {
            CharArraySet articles = Analysis.parseArticles(env, s);
            if (articles == null) {
                throw new IllegalArgumentException("elision filter requires [articles] or [articles_path] setting");
            }
            return new Normalizing(name, ts -> new ElisionFilter(ts, articles));
        }));
        filters.put("snowball", (index, env, name, s) -> {
            String language = snowballName(s.get("language", "English"));
            return new Plain(name, ts -> new SnowballFilter(ts, language));
        });
        filters.put("stemmer", (index, env, name, s) -> {
            String language = s.get("language", s.get("name", "porter")).toLowerCase(Locale.ROOT);
            return new Plain(name, stemmer(language));
        });
        filters.put("porter_stem", (index, env, name, s) -> new Plain(name, PorterStemFilter::new));
        filters.put("kstem", (index, env, name, s) -> new Plain(name, KStemFilter::new));
        filters.put("keyword_marker", requiresAnalysisSettings((index, env, name, s) -> {
            boolean ignoreCase = s.getAsBoolean("ignore_case", false);
            CharArraySet keywords = Analysis.parseWords(env, s, "keywords", null, null, ignoreCase);
            if (keywords == null) {
                throw new IllegalArgumentException(
                    "keyword_marker requires either `keywords` or `keywords_path` to be configured"
                );
            }
            return new Plain(name, ts -> new SetKeywordMarkerFilter(ts, keywords));
        }));
        filters.putAll(SynonymFilters.all());
        return filters;
    }

    static void checkNgramDiff(IndexSettings index, int minGram, int maxGram, String what) {
        int allowed = index == null ? 1 : index.getMaxNgramDiff();
        int diff = maxGram - minGram;
        if (diff > allowed) {
            throw new IllegalArgumentException(
                "The difference between max_gram and min_gram in " + what + " must be less than or equal to: ["
                    + allowed + "] but was [" + diff + "]. This limit can be set by changing the ["
                    + IndexSettings.MAX_NGRAM_DIFF_SETTING.getKey() + "] index level setting."
            );
        }
    }

    /** "english" -> "English", checked against the Snowball stemmers Lucene ships. */
    static String snowballName(String language) {
        String lower = language.toLowerCase(Locale.ROOT);
        String name = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        try {
            Class.forName("org.tartarus.snowball.ext." + name + "Stemmer", false, SnowballFilter.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("Unknown Snowball language [" + language + "]");
        }
        return name;
    }

    static UnaryOperator<TokenStream> stemmer(String language) {
        switch (language) {
            case "english":
            case "porter":
                return PorterStemFilter::new;
            case "porter2":
                return ts -> new SnowballFilter(ts, "English");
            case "light_english":
            case "kstem":
                return KStemFilter::new;
            case "minimal_english":
                return EnglishMinimalStemFilter::new;
            case "possessive_english":
                return EnglishPossessiveFilter::new;
            case "light_french":
                return FrenchLightStemFilter::new;
            case "minimal_french":
                return FrenchMinimalStemFilter::new;
            case "light_spanish":
                return SpanishLightStemFilter::new;
            case "spanish_plural":
                return SpanishPluralStemFilter::new;
            default:
                String snowball = snowballName(language);
                return ts -> new SnowballFilter(ts, snowball);
        }
    }
}
JAVA

cat > "$src/UniqueFilter.java" <<'JAVA'
package org.integrityhub.essupport;

import java.io.IOException;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Drops a token whose text was already seen in the stream (the `unique` filter). */
final class UniqueFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final CharArraySet seen = new CharArraySet(8, false);

    UniqueFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            if (!seen.contains(term.buffer(), 0, term.length())) {
                char[] copy = new char[term.length()];
                System.arraycopy(term.buffer(), 0, copy, 0, term.length());
                seen.add(copy);
                return true;
            }
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        seen.clear();
    }
}
JAVA

cat > "$src/Tokenizers.java" <<'JAVA'
package org.integrityhub.essupport;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;

import org.apache.lucene.analysis.classic.ClassicTokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.LetterTokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;

/** Tokenizers, with the parameters and defaults of the Elasticsearch reference. */
final class Tokenizers {

    private Tokenizers() {}

    static Map<String, AnalysisProvider<TokenizerFactory>> all() {
        Map<String, AnalysisProvider<TokenizerFactory>> tokenizers = new HashMap<>();
        tokenizers.put("ngram", (index, env, name, s) -> {
            int minGram = s.getAsInt("min_gram", 1);
            int maxGram = s.getAsInt("max_gram", 2);
            Filters.checkNgramDiff(index, minGram, maxGram, "NGram Tokenizer");
            IntPredicate tokenChars = tokenChars(s);
            if (tokenChars == null) {
                return TokenizerFactory.newFactory(name, () -> new NGramTokenizer(minGram, maxGram));
            }
            return TokenizerFactory.newFactory(name, () -> new NGramTokenizer(minGram, maxGram) {
                @Override
                protected boolean isTokenChar(int chr) {
                    return tokenChars.test(chr);
                }
            });
        });
        tokenizers.put("edge_ngram", (index, env, name, s) -> {
            int minGram = s.getAsInt("min_gram", 1);
            int maxGram = s.getAsInt("max_gram", 2);
            IntPredicate tokenChars = tokenChars(s);
            if (tokenChars == null) {
                return TokenizerFactory.newFactory(name, () -> new EdgeNGramTokenizer(minGram, maxGram));
            }
            return TokenizerFactory.newFactory(name, () -> new EdgeNGramTokenizer(minGram, maxGram) {
                @Override
                protected boolean isTokenChar(int chr) {
                    return tokenChars.test(chr);
                }
            });
        });
        tokenizers.put("keyword", (index, env, name, s) -> {
            int bufferSize = s.getAsInt("buffer_size", 256);
            return TokenizerFactory.newFactory(name, () -> new KeywordTokenizer(bufferSize));
        });
        tokenizers.put("whitespace", (index, env, name, s) -> {
            int maxTokenLength = s.getAsInt("max_token_length", 255);
            return TokenizerFactory.newFactory(
                name,
                () -> new WhitespaceTokenizer(WhitespaceTokenizer.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, maxTokenLength)
            );
        });
        tokenizers.put("letter", (index, env, name, s) -> TokenizerFactory.newFactory(name, LetterTokenizer::new));
        tokenizers.put("classic", (index, env, name, s) -> {
            int maxTokenLength = s.getAsInt("max_token_length", 255);
            return TokenizerFactory.newFactory(name, () -> {
                ClassicTokenizer tokenizer = new ClassicTokenizer();
                tokenizer.setMaxTokenLength(maxTokenLength);
                return tokenizer;
            });
        });
        tokenizers.put("uax_url_email", (index, env, name, s) -> {
            int maxTokenLength = s.getAsInt("max_token_length", 255);
            return TokenizerFactory.newFactory(name, () -> {
                UAX29URLEmailTokenizer tokenizer = new UAX29URLEmailTokenizer();
                tokenizer.setMaxTokenLength(maxTokenLength);
                return tokenizer;
            });
        });
        return tokenizers;
    }

    /** The `token_chars` classes (letter, digit, whitespace, punctuation, symbol, custom); null means all. */
    static IntPredicate tokenChars(Settings s) {
        List<String> classes = s.getAsList("token_chars");
        if (classes.isEmpty()) {
            return null;
        }
        String custom = s.get("custom_token_chars", "");
        IntPredicate result = chr -> custom.indexOf(chr) >= 0;
        for (String c : classes) {
            IntPredicate one = switch (c.toLowerCase(Locale.ROOT)) {
                case "letter" -> Character::isLetter;
                case "digit" -> Character::isDigit;
                case "whitespace" -> Character::isWhitespace;
                case "punctuation" -> chr -> switch (Character.getType(chr)) {
                    case Character.START_PUNCTUATION, Character.END_PUNCTUATION, Character.OTHER_PUNCTUATION,
                        Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                        Character.FINAL_QUOTE_PUNCTUATION -> true;
                    default -> false;
                };
                case "symbol" -> chr -> switch (Character.getType(chr)) {
                    case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                        Character.OTHER_SYMBOL -> true;
                    default -> false;
                };
                case "custom" -> chr -> false;
                default -> throw new IllegalArgumentException(
                    "Unknown token type: '" + c + "', must be one of [letter, digit, whitespace, punctuation, symbol, custom]"
                );
            };
            result = result.or(one);
        }
        return result;
    }
}
JAVA

cat > "$src/CharFilters.java" <<'JAVA'
package org.integrityhub.essupport;

import java.io.Reader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.NormalizingCharFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;

import static org.elasticsearch.plugins.AnalysisPlugin.requiresAnalysisSettings;

/** html_strip and mapping character filters. */
final class CharFilters {

    private CharFilters() {}

    private record HtmlStrip(String name, Set<String> escapedTags) implements CharFilterFactory {
        @Override
        public Reader create(Reader reader) {
            return new HTMLStripCharFilter(reader, escapedTags);
        }
    }

    private record Mapping(String name, NormalizeCharMap map) implements NormalizingCharFilterFactory {
        @Override
        public Reader create(Reader reader) {
            return new MappingCharFilter(map, reader);
        }
    }

    static Map<String, AnalysisProvider<CharFilterFactory>> all() {
        Map<String, AnalysisProvider<CharFilterFactory>> charFilters = new HashMap<>();
        charFilters.put("html_strip", (index, env, name, s) -> {
            Set<String> escaped = new HashSet<>(s.getAsList("escaped_tags"));
            return new HtmlStrip(name, escaped.isEmpty() ? null : escaped);
        });
        charFilters.put("mapping", requiresAnalysisSettings((index, env, name, s) -> {
            List<String> rules = Analysis.getWordList(env, s, "mappings");
            if (rules == null) {
                throw new IllegalArgumentException("mapping requires either `mappings` or `mappings_path` to be configured");
            }
            NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
            for (String rule : rules) {
                int arrow = rule.indexOf("=>");
                if (arrow < 0) {
                    throw new IllegalArgumentException("Invalid Mapping Rule : [" + rule + "]");
                }
                String from = unescape(rule.substring(0, arrow).trim());
                String to = unescape(rule.substring(arrow + 2).trim());
                if (from.isEmpty()) {
                    throw new IllegalArgumentException("Invalid Mapping Rule : [" + rule + "]");
                }
                builder.add(from, to);
            }
            return new Mapping(name, builder.build());
        }));
        return charFilters;
    }

    /** Backslash escapes as in Elasticsearch's mapping char filter (\\n, \\t, \\uXXXX, ...). */
    static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                switch (n) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        if (i + 4 >= s.length()) {
                            throw new IllegalArgumentException("Invalid escaped char in [" + s + "]");
                        }
                        out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> out.append(n);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
JAVA

cat > "$src/SynonymFilters.java" <<'JAVA'
package org.integrityhub.essupport;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexService.IndexCreationContext;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.AnalysisMode;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.CustomAnalyzer;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;

import static org.elasticsearch.plugins.AnalysisPlugin.requiresAnalysisSettings;

/**
 * The `synonym` and `synonym_graph` token filters of the Elasticsearch reference.
 *
 * Rules are in Solr format ("a, b, c" or "a, b => c"), given inline as
 * `synonyms` or in a file under the config directory as `synonyms_path`.
 * As in a full distribution, each rule is analysed with the tokenizer, char
 * filters and token filters that come before the synonym filter in the
 * analyzer using it, so rules and text are normalised the same way.
 * `expand` (default true) maps every term of an equivalence group to all
 * the others; `lenient` (default false) skips rules that analyse to nothing
 * instead of failing index creation. The synonyms sets API is not provided.
 */
final class SynonymFilters {

    private SynonymFilters() {}

    static Map<String, AnalysisProvider<TokenFilterFactory>> all() {
        Map<String, AnalysisProvider<TokenFilterFactory>> filters = new HashMap<>();
        filters.put("synonym", requiresAnalysisSettings((index, env, name, s) -> new Unbound(name, env, s, false)));
        filters.put("synonym_graph", requiresAnalysisSettings((index, env, name, s) -> new Unbound(name, env, s, true)));
        return filters;
    }

    /** The filter as configured, before Elasticsearch tells it which analysis chain it sits in. */
    private static final class Unbound implements TokenFilterFactory {
        private final String name;
        private final List<String> rules;
        private final boolean expand;
        private final boolean lenient;
        private final boolean graph;

        Unbound(String name, Environment env, Settings s, boolean graph) {
            String format = s.get("format", "solr");
            if (!"solr".equals(format)) {
                throw new IllegalArgumentException("synonym format [" + format + "] is not supported here: use [solr]");
            }
            if (s.get("synonyms_set") != null) {
                throw new IllegalArgumentException("[synonyms_set] needs the synonyms API, which this server lacks: use [synonyms] or [synonyms_path]");
            }
            List<String> configured = Analysis.getWordList(env, s, "synonyms");
            if (configured == null) {
                throw new IllegalArgumentException("synonym requires either `synonyms` or `synonyms_path` to be configured");
            }
            this.name = name;
            this.rules = configured;
            this.expand = s.getAsBoolean("expand", true);
            this.lenient = s.getAsBoolean("lenient", false);
            this.graph = graph;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public TokenStream create(TokenStream tokenStream) {
            throw new IllegalStateException("synonym filter [" + name + "] used outside an analysis chain");
        }

        @Override
        public TokenFilterFactory getChainAwareTokenFilterFactory(
            IndexCreationContext context,
            TokenizerFactory tokenizer,
            List<CharFilterFactory> charFilters,
            List<TokenFilterFactory> previousTokenFilters,
            Function<String, TokenFilterFactory> allFilters
        ) {
            // An earlier synonym filter must not rewrite this one's rules.
            TokenFilterFactory[] before = previousTokenFilters.stream()
                .map(TokenFilterFactory::getSynonymFilter)
                .toArray(TokenFilterFactory[]::new);
            Analyzer ruleAnalyzer = new CustomAnalyzer(tokenizer, charFilters.toArray(new CharFilterFactory[0]), before);
            SynonymMap map = parse(ruleAnalyzer);
            return new Bound(name, map, graph);
        }

        @Override
        public TokenFilterFactory getSynonymFilter() {
            return IDENTITY_FILTER;
        }

        private SynonymMap parse(Analyzer ruleAnalyzer) {
            RuleParser parser = new RuleParser(expand, lenient, ruleAnalyzer);
            try {
                parser.parse(new StringReader(String.join("\n", rules)));
                return parser.build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (java.text.ParseException e) {
                throw new IllegalArgumentException("failed to parse synonyms of [" + name + "]: " + e.getMessage(), e);
            }
        }
    }

    /** The filter bound to its chain: holds the parsed rules. */
    private record Bound(String name, SynonymMap map, boolean graph) implements TokenFilterFactory {
        @Override
        @SuppressWarnings("deprecation") // SynonymFilter is what the reference's non-graph `synonym` filter runs
        public TokenStream create(TokenStream tokenStream) {
            if (map.fst == null) {
                return tokenStream;
            }
            return graph ? new SynonymGraphFilter(tokenStream, map, false) : new SynonymFilter(tokenStream, map, false);
        }

        @Override
        public TokenFilterFactory getSynonymFilter() {
            return IDENTITY_FILTER;
        }

        @Override
        public AnalysisMode getAnalysisMode() {
            return AnalysisMode.ALL;
        }
    }

    /** Solr rules; when lenient, a term the chain analyses away drops its mappings instead of failing. */
    private static final class RuleParser extends SolrSynonymParser {
        private final boolean lenient;

        RuleParser(boolean expand, boolean lenient, Analyzer analyzer) {
            super(true, expand, analyzer);
            this.lenient = lenient;
        }

        @Override
        public CharsRef analyze(String text, CharsRefBuilder reuse) throws IOException {
            try {
                return super.analyze(text, reuse);
            } catch (IllegalArgumentException unusable) {
                if (!lenient) {
                    throw unusable;
                }
                return new CharsRef("");
            }
        }

        @Override
        public void add(CharsRef input, CharsRef output, boolean includeOrig) {
            if (!lenient || (input.length > 0 && output.length > 0)) {
                super.add(input, output, includeOrig);
            }
        }
    }
}
JAVA

cat > "$src/LanguageAnalyzers.java" <<'JAVA'
package org.integrityhub.essupport;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.AnalyzerScope;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;

/** The language analysers for the site's three languages (en, fr, es). */
final class LanguageAnalyzers {

    private LanguageAnalyzers() {}

    private record Provider(String name, Analyzer analyzer) implements AnalyzerProvider<Analyzer> {
        @Override
        public AnalyzerScope scope() {
            return AnalyzerScope.INDEX;
        }

        @Override
        public Analyzer get() {
            return analyzer;
        }
    }

    private static AnalysisProvider<AnalyzerProvider<? extends Analyzer>> language(
        CharArraySet defaultStopWords,
        BiFunction<CharArraySet, CharArraySet, Analyzer> build
    ) {
        return (index, env, name, s) -> {
            CharArraySet stopWords = Analysis.parseStopWords(env, s, defaultStopWords);
            CharArraySet stemExclusion = Analysis.parseStemExclusion(s, CharArraySet.EMPTY_SET);
            return new Provider(name, build.apply(stopWords, stemExclusion));
        };
    }

    static Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> all() {
        Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> analyzers = new HashMap<>();
        analyzers.put("english", language(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, EnglishAnalyzer::new));
        analyzers.put("french", language(FrenchAnalyzer.getDefaultStopSet(), FrenchAnalyzer::new));
        analyzers.put("spanish", language(SpanishAnalyzer.getDefaultStopSet(), SpanishAnalyzer::new));
        return analyzers;
    }
}
JAVA

cat > "$build/plugin/plugin-descriptor.properties" <<PROPS
description=Integrity Hub support: GET / and the analysis components of analysis-common used by the site
version=$PLUGIN_VERSION
name=$PLUGIN_NAME
classname=org.integrityhub.essupport.IntegrityHubSupportPlugin
java.version=17
elasticsearch.version=$es_version
PROPS

echo "es-support-plugin: compiling $PLUGIN_NAME against Elasticsearch $es_version ($java_home)"
"$java_home/bin/javac" -Xlint:deprecation -Xlint:-options --release 17 -encoding UTF-8 \
  -cp "$es_home/lib/*" -d "$build/classes" "$src"/*.java
"$java_home/bin/jar" --create --file "$build/plugin/$PLUGIN_NAME-$PLUGIN_VERSION.jar" -C "$build/classes" .

rm -rf "$target"
mkdir -p "$target"
cp "$build/plugin/"* "$target/"
echo "$stamp" > "$target/.build-stamp"
chmod -R a+rX "$target"
echo "es-support-plugin: installed $target"
