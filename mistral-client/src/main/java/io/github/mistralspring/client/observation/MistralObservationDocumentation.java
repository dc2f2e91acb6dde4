package io.github.mistralspring.client.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/** The observation of a Mistral API call and the keys of its tags. */
public enum MistralObservationDocumentation implements ObservationDocumentation {

  /** One call to the API, from its start to its response, or to the end of its stream. */
  CLIENT_OPERATION {
    @Override
    public Class<? extends ObservationConvention<? extends Observation.Context>>
        getDefaultConvention() {
      return DefaultMistralObservationConvention.class;
    }

    @Override
    public KeyName[] getLowCardinalityKeyNames() {
      return LowCardinalityKeyNames.values();
    }

    @Override
    public KeyName[] getHighCardinalityKeyNames() {
      return HighCardinalityKeyNames.values();
    }
  };

  /** Tags with few values, on metrics and traces. */
  public enum LowCardinalityKeyNames implements KeyName {

    /** The GenAI operation, such as {@code chat}, {@code text_completion} or {@code embeddings}. */
    OPERATION_NAME {
      @Override
      public String asString() {
        return "gen_ai.operation.name";
      }
    },

    /** The provider, always {@code mistral_ai}. */
    PROVIDER_NAME {
      @Override
      public String asString() {
        return "gen_ai.provider.name";
      }
    },

    /** The model the request asked for. */
    REQUEST_MODEL {
      @Override
      public String asString() {
        return "gen_ai.request.model";
      }
    },

    /** The model that answered. */
    RESPONSE_MODEL {
      @Override
      public String asString() {
        return "gen_ai.response.model";
      }
    },

    /** The kind of failure, or {@code none}. */
    ERROR_TYPE {
      @Override
      public String asString() {
        return "error.type";
      }
    },

    /** The client's own name of the operation, such as {@code chat.stream}. */
    MISTRAL_OPERATION {
      @Override
      public String asString() {
        return "mistral.operation";
      }
    }
  }

  /** Tags with many values, on traces only. */
  public enum HighCardinalityKeyNames implements KeyName {

    /** The response's id. */
    RESPONSE_ID {
      @Override
      public String asString() {
        return "gen_ai.response.id";
      }
    },

    /** Why generation stopped, one value per choice. */
    RESPONSE_FINISH_REASONS {
      @Override
      public String asString() {
        return "gen_ai.response.finish_reasons";
      }
    },

    /** The request body; recorded only when the user opts in to content. */
    PROMPT {
      @Override
      public String asString() {
        return "gen_ai.prompt";
      }
    },

    /** The generated text; recorded only when the user opts in to content. */
    COMPLETION {
      @Override
      public String asString() {
        return "gen_ai.completion";
      }
    }
  }
}
