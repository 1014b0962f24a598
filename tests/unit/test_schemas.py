import json
from pathlib import Path

import jsonschema

from newsstream.batch import enrich_paths
from newsstream.core.codec import encode
from newsstream.schemas import drifted_schemas, schema_documents

REPO = Path(__file__).resolve().parents[2]
SCHEMAS = REPO / "schemas"


def test_checked_in_schemas_match_the_models() -> None:
    assert drifted_schemas(SCHEMAS) == [], "run `newsstream schemas` and commit schemas/"


def test_drift_is_detected(tmp_path: Path) -> None:
    for name, document in schema_documents().items():
        (tmp_path / name).write_text(json.dumps(document))  # same content, other formatting
    assert sorted(drifted_schemas(tmp_path)) == sorted(schema_documents())


def test_schemas_are_valid_json_schema() -> None:
    for name in schema_documents():
        document = json.loads((SCHEMAS / name).read_text())
        jsonschema.Draft202012Validator.check_schema(document)


def test_batch_events_of_the_seeds_validate_against_the_enriched_schema() -> None:
    schema = json.loads((SCHEMAS / "enriched_article.json").read_text())
    events = list(enrich_paths([REPO / "seeds"]))
    assert len(events) == 4
    for event in events:
        jsonschema.validate(json.loads(encode(event)), schema)
