"""The API reads JSON bodies that are objects: every operation takes named fields, so a bare
string, number, list or null is refused instead of being read as empty input."""

import json

from ninja.parser import Parser


class ObjectParser(Parser):
    def parse_body(self, request):
        data = json.loads(request.body)
        if not isinstance(data, dict):
            raise ValueError("the request body must be a JSON object")
        return data
