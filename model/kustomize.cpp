#include "kustomize.h"
