package io.github.mistralspring.sample;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tells the page which Mistral answers, for its banner. */
@RestController
class BackendController {

  private final MistralBackend backend;

  BackendController(MistralBackend backend) {
    this.backend = backend;
  }

  /** The backend in use: the simulator or the API, whether a key is set, and a summary. */
  @GetMapping("/api/backend")
  MistralBackend backend() {
    return backend;
  }
}
