package io.github.mistralspring.test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small, fixed table of everyday topics and the words that belong to them, so that simulated
 * embeddings put "a cat" near "a kitten" and far from "tax law". It is no language model: words
 * outside the table are related only by their spelling.
 */
final class Lexicon {

  private static final Set<String> STOP_WORDS =
      Set.of(
          "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with",
          "from", "into", "about", "as", "is", "are", "was", "were", "be", "been", "being", "it",
          "its", "this", "that", "these", "those", "there", "here", "i", "you", "he", "she", "we",
          "they", "me", "him", "her", "us", "them", "my", "your", "his", "our", "their", "what",
          "which", "who", "whom", "how", "why", "when", "where", "do", "does", "did", "have", "has",
          "had", "can", "could", "will", "would", "should", "may", "might", "must", "not", "no",
          "so", "if", "then", "than", "too", "very", "just", "some", "any", "all", "each", "s",
          "le", "la", "les", "un", "une", "des", "de", "du", "et");

  private static final Map<String, List<String>> TOPICS_BY_WORD = new HashMap<>();

  static {
    topic("feline", "cat kitten kitty feline tomcat moggy lion tiger");
    topic("canine", "dog puppy pup hound canine doggy wolf");
    topic("pet", "pet cat kitten kitty dog puppy hamster goldfish parrot rabbit");
    topic(
        "animal",
        "animal cat kitten dog puppy bird horse cow sheep pig mouse rabbit lion tiger bear wolf"
            + " fish elephant wildlife creature");
    topic("bird", "bird sparrow eagle parrot pigeon owl duck chicken feather");
    topic("sea", "sea ocean fish whale shark beach wave coast sail boat ship");
    topic(
        "vehicle",
        "car automobile vehicle truck bus bike bicycle motorcycle train tram taxi drive driving"
            + " driver road traffic");
    topic(
        "weather",
        "weather rain rainy sunny sun snow forecast temperature wind windy storm cloud cloudy"
            + " climate hot cold warm humid degree");
    topic(
        "food",
        "food meal dinner lunch breakfast pizza pasta bread cheese recipe cook cooking eat eating"
            + " restaurant kitchen dish soup salad");
    topic("fruit", "fruit apple banana orange pear grape strawberry cherry lemon");
    topic("drink", "drink coffee tea water juice wine beer milk");
    topic(
        "finance",
        "money bank banking loan invest investment investor stock share finance financial revenue"
            + " profit budget price cost pay payment salary euro dollar income market economy"
            + " quarterly earning");
    topic("tax", "tax taxation vat deduction fiscal irs levy");
    topic(
        "law",
        "law legal court judge lawyer attorney contract lawsuit statute regulation right"
            + " justice sue");
    topic(
        "health",
        "health doctor hospital medicine medical illness disease patient nurse symptom vaccine"
            + " pain sick therapy");
    topic(
        "software",
        "computer software code coding program programming developer bug java python database"
            + " server api algorithm app application function compiler");
    topic(
        "sport",
        "sport football soccer tennis basketball rugby game match team player goal score coach");
    topic("music", "music song guitar piano band concert melody singer sing album");
    topic("travel", "travel trip vacation holiday flight hotel airport tourist journey luggage");
    topic(
        "place",
        "city town village capital country paris london berlin rome madrid tokyo france germany"
            + " italy spain europe");
    topic("home", "house home apartment flat room bedroom garden roof door");
    topic(
        "family",
        "family mother father parent child kid son daughter baby brother sister grandmother");
    topic("joy", "happy joy glad love great excellent wonderful delight pleased");
    topic("sorrow", "sad angry hate terrible awful bad upset unhappy");
    topic(
        "education",
        "school student teacher class university learn learning study course lesson exam");
    topic("work", "job work office employee career manager meeting colleague hire");
    topic("science", "science physics chemistry biology experiment research scientist theory");
    topic("space", "space planet star moon galaxy astronaut rocket mars orbit universe");
    topic("nature", "tree forest flower plant garden mountain river lake leaf grass");
    topic("time", "time clock hour minute day week month year today tomorrow yesterday");
    topic("language", "language english french word translate translation grammar sentence");
    topic("book", "book novel read reading author story library chapter poem");
    topic("film", "movie film cinema actor actress director scene");
    topic("clothing", "shirt dress clothes shoe jacket hat coat");
    topic("color", "color colour red blue green yellow black white");
    topic(
        "intelligence",
        "ai model neural llm chatbot embedding mistral intelligence assistant machine");
    topic("greeting", "hello hi greeting hey bonjour welcome");
    topic("security", "password security hack hacker attack encryption secret privacy");
  }

  private Lexicon() {}

  private static void topic(String name, String words) {
    for (String word : words.split(" ")) {
      TOPICS_BY_WORD.computeIfAbsent(stem(word), key -> new ArrayList<>()).add(name);
    }
  }

  /** Whether a word carries little meaning of its own. */
  static boolean isStopWord(String word) {
    return STOP_WORDS.contains(word);
  }

  /** The topics a word belongs to, if any. */
  static List<String> topics(String word) {
    return TOPICS_BY_WORD.getOrDefault(word, List.of());
  }

  /** A word without its plural ending, so that "cats" and "cat" are one feature. */
  static String stem(String word) {
    if (word.length() > 4 && word.endsWith("ies")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }
}
